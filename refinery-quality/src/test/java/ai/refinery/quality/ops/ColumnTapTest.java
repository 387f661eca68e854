package ai.refinery.quality.ops;

import static ai.refinery.quality.ops.Recs.rec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnTapTest {
    @Test
    void feedsEachFieldsValuesToItsOwnAccumulator() {
        ColumnTap<ValueCounts> tap = new ColumnTap<>(List.of("a", "b"), () -> new ValueCounts(100));
        ColumnTap.Batch<ValueCounts> batch = tap.newPartial();
        batch.accept(rec("1", "a", "x", "b", 1L));
        batch.accept(rec("2", "a", "x"));
        tap.merge(batch);
        assertThat(tap.get("a").mode()).isEqualTo("x");
        assertThat(tap.get("a").count()).isEqualTo(2);
        assertThat(tap.get("b").count()).as("absent is missing").isEqualTo(1);
        assertThatThrownBy(() -> tap.get("c")).hasMessage("this fitter does not learn field 'c'; it learns [a, b]");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBatchSurvivesSerializationSoThatItCanBeShippedToBeMerged() throws IOException, ClassNotFoundException {
        ColumnTap<NumericDistribution> tap = new ColumnTap<>(List.of("x"), () -> new NumericDistribution(1000));
        ColumnTap.Batch<NumericDistribution> batch = tap.newPartial();
        for (long i = 1; i <= 5; i++) batch.accept(rec("r" + i, "x", i));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(batch);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            tap.merge((ColumnTap.Batch<NumericDistribution>) in.readObject());
        }
        assertThat(tap.get("x").quantile(0.5)).isEqualTo(3.0);
        assertThat(tap.get("x").mean()).isEqualTo(3.0);
    }
}
