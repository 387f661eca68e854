package ai.refinery.text.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Lingua detector per JVM and configuration (languages, mode), built on first use.
 *
 * <p>Lingua 1.2.2 keeps its n-gram models in static maps shared by every detector and loads each
 * (language, n) model on first need under a lock, so models are loaded once per JVM whatever the number
 * of detectors; a built detector is read-only and safe for concurrent use. It computes the n-gram
 * orders of one text in {@code ForkJoinPool.commonPool()}, and every model look-up takes that lock, so
 * detection scales poorly beyond a few threads. Models are loaded lazily (not
 * {@code withPreloadedLanguageModels()}): a run then loads only the scripts and n-gram orders its texts
 * need, e.g. 0.4 GB of heap for the 20 UDHR evaluation languages against 1.6 GB for all 75 preloaded.
 */
final class SharedDetectors {
    private record Key(EnumSet<Language> languages, AccuracyMode mode) {}

    private static final Map<Key, LanguageDetector> DETECTORS = new ConcurrentHashMap<>();

    private SharedDetectors() {}

    static LanguageDetector get(EnumSet<Language> languages, AccuracyMode mode) {
        return DETECTORS.computeIfAbsent(new Key(EnumSet.copyOf(languages), mode), SharedDetectors::build);
    }

    private static LanguageDetector build(Key key) {
        LanguageDetectorBuilder b = LanguageDetectorBuilder.fromLanguages(key.languages().toArray(new Language[0]));
        if (key.mode() == AccuracyMode.LOW) b = b.withLowAccuracyMode();
        return b.build();
    }
}
