package ai.refinery.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.config.ConfigException;
import ai.refinery.core.config.YamlConfigReader;
import ai.refinery.core.io.FormatRegistry;
import ai.refinery.core.record.FieldType;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParquetOptionsTest {
    private static <R extends java.lang.Record> R bind(String yaml, Class<R> type) {
        return ConfigBinder.bind(YamlConfigReader.read(new StringReader(yaml), "test.yaml"), type, "output.options");
    }

    @Test
    void sinkDefaults() {
        ParquetSink.Options o = bind("{}", ParquetSink.Options.class);
        assertThat(o).isEqualTo(ParquetSink.Options.defaults());
        assertThat(o.codec()).isEqualTo(ParquetSink.Codec.SNAPPY);
        assertThat(o.rowGroupBytes()).isEqualTo(64L << 20);
        assertThat(o.metaField()).isEqualTo("_meta");
        assertThat(o.idField()).isNull();
        assertThat(o.schema()).isEmpty();
    }

    @Test
    void sinkSettingsBindFromYaml() {
        ParquetSink.Options o = bind("""
                codec: zstd
                row_group_bytes: 1048576
                id_field: id
                meta_field: ""
                schema: {text: string, score: double, vec: float_vector, tags: list}
                """, ParquetSink.Options.class);
        assertThat(o.codec()).isEqualTo(ParquetSink.Codec.ZSTD);
        assertThat(o.rowGroupBytes()).isEqualTo(1 << 20);
        assertThat(o.idField()).isEqualTo("id");
        assertThat(o.metaField()).isNull();
        assertThat(o.schema()).containsExactly(Map.entry("text", FieldType.STRING), Map.entry("score", FieldType.DOUBLE),
                Map.entry("vec", FieldType.FLOAT_VECTOR), Map.entry("tags", FieldType.LIST));
    }

    @Test
    void unknownCodecIsRefused() {
        assertThatThrownBy(() -> bind("codec: lzo", ParquetSink.Options.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("uncompressed|snappy|gzip|zstd");
    }

    @Test
    void sourceColumnsBind() {
        assertThat(bind("columns: [b, a]", ParquetSource.Options.class).columns()).containsExactly("b", "a");
        assertThat(bind("{}", ParquetSource.Options.class).columns()).isEmpty();
        assertThatThrownBy(() -> bind("columns: [a, a]", ParquetSource.Options.class))
                .hasMessageContaining("more than once");
    }

    @Test
    void registeredAsServices() {
        FormatRegistry registry = FormatRegistry.load();
        assertThat(registry.sourceForFile("data/part-0.parquet")).isInstanceOf(ParquetSource.class);
        assertThat(registry.source("parquet", null)).isInstanceOf(ParquetSource.class);
        assertThat(registry.sink("parquet", null)).isInstanceOf(ParquetSink.class);
        assertThat(new ParquetSource().streamsBytes()).isFalse();
        assertThat(new ParquetSink().streamsBytes()).isFalse();
        assertThat(new ParquetSink().extension()).isEqualTo(".parquet");
        assertThat(new ParquetSource().extensions()).isEqualTo(List.of(".parquet"));
    }
}
