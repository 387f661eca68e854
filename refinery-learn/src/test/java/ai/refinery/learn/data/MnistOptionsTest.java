package ai.refinery.learn.data;

import ai.refinery.core.fetch.CacheRoot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.config.ConfigException;
import ai.refinery.core.config.YamlConfigReader;
import ai.refinery.core.io.DatasetProvider;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class MnistOptionsTest {
    private static MnistDataset.Options bind(String yaml) {
        return ConfigBinder.bind(YamlConfigReader.read(new StringReader(yaml), "r.yaml"), MnistDataset.Options.class,
                "input.options (dataset mnist)");
    }

    @Test
    void optionsBindWithDefaults() {
        assertThat(bind("{}")).isEqualTo(new MnistDataset.Options(MnistDataset.Split.TRAIN, null, null));
        assertThat(bind("{split: test, cache_dir: /c, local_dir: /l}"))
                .isEqualTo(new MnistDataset.Options(MnistDataset.Split.TEST, "/c", "/l"));
        assertThatThrownBy(() -> bind("split: tset")).isInstanceOf(ConfigException.class).hasMessageContaining("did you mean 'test'");
    }

    @Test
    void theCacheRootComesFromTheSettingThePropertyOrHome() {
        String home = System.getProperty("user.home");
        assertThat(CacheRoot.resolve("/data/cache")).isEqualTo(Path.of("/data/cache"));
        assertThat(CacheRoot.resolve("~/c")).isEqualTo(Path.of(home, "c"));
        String before = System.getProperty(CacheRoot.PROPERTY);
        try {
            System.setProperty(CacheRoot.PROPERTY, "/tmp/refinery-cache-test");
            assertThat(CacheRoot.resolve(null)).isEqualTo(Path.of("/tmp/refinery-cache-test"));
            System.clearProperty(CacheRoot.PROPERTY);
            if (System.getenv(CacheRoot.ENV) == null) {
                assertThat(CacheRoot.resolve(null)).isEqualTo(Path.of(home, ".cache", "refinery", "datasets"));
            }
        } finally {
            if (before == null) System.clearProperty(CacheRoot.PROPERTY);
            else System.setProperty(CacheRoot.PROPERTY, before);
        }
    }

    @Test
    void theProviderIsRegisteredWithTheRealHashes() {
        DatasetProvider<?> mnist = ServiceLoader.load(DatasetProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("mnist")).findFirst().orElseThrow();
        assertThat(mnist).isInstanceOf(MnistDataset.class);
        assertThat(mnist.optionsType()).isEqualTo(MnistDataset.Options.class);
        assertThat(MnistFiles.SHA256).hasSize(4).allSatisfy((name, sha) -> assertThat(sha).matches("[0-9a-f]{64}"));
    }
}
