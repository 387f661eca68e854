package ai.refinery.learn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.record.Record;
import ai.refinery.learn.nn.Mlp;
import ai.refinery.learn.nn.MlpSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeaturesOfTest {
    private static final MlpSpec SPEC = MlpSpec.of(3, 2, 4);

    private static TrainedModel model(FeatureSpec features) {
        return new TrainedModel(SPEC, Mlp.build(SPEC, 1L), features, Map.of(), Map.of());
    }

    @Test
    void floatVectorIsCopiedAndScaled() {
        float[] v = {0.5f, -2f, 3f};
        Record r = Record.builder("a").set("x", v).build();
        assertThat(model(FeatureSpec.floatVector("x", "y", 2)).featuresOf(r)).containsExactly(0.5f, -2f, 3f)
                .isNotSameAs(v);
        assertThat(model(FeatureSpec.floatVector("x", "y", 2).withScale(2)).featuresOf(r)).containsExactly(1f, -4f, 6f);
    }

    @Test
    void bytesAreUnsignedAndScaled() {
        Record r = Record.builder("a").set("px", new byte[] {0, (byte) 128, (byte) 255}).build();
        assertThat(model(FeatureSpec.bytes("px", 1.0, "y", 2)).featuresOf(r)).containsExactly(0f, 128f, 255f);
        assertThat(model(FeatureSpec.bytes("px", FeatureSpec.BYTE_SCALE, "y", 2)).featuresOf(r))
                .containsExactly(0f, 128f * (float) (1.0 / 255), 1f);
    }

    @Test
    void listsTakeWholeAndDecimalNumbers() {
        Record r = Record.builder("a").set("v", List.of(1, 2.5, -3L)).build();
        assertThat(model(FeatureSpec.list("v", "y", 2)).featuresOf(r)).containsExactly(1f, 2.5f, -3f);
        assertThat(model(FeatureSpec.list("v", "y", 2).withScale(0.5)).featuresOf(r)).containsExactly(0.5f, 1.25f, -1.5f);
    }

    @Test
    void aMissingOrNullFieldNamesTheRecordTheFieldAndWhatTheModelReads() {
        TrainedModel m = model(FeatureSpec.bytes("pixels", FeatureSpec.BYTE_SCALE, "label", 2));
        assertThatThrownBy(() -> m.featuresOf(Record.builder("img-7").set("label", 1).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("record img-7: input field 'pixels' is missing (the record has [label]); "
                        + "the model reads bytes of 3 values from it");
        assertThatThrownBy(() -> m.featuresOf(Record.builder("img-8").set("pixels", null).build()))
                .hasMessageContaining("record img-8: input field 'pixels' is null");
    }

    @Test
    void aFieldOfAnotherTypeIsRefusedWithBothTypes() {
        Record text = Record.builder("r1").set("x", "0.1 0.2 0.3").build();
        assertThatThrownBy(() -> model(FeatureSpec.floatVector("x", "y", 2)).featuresOf(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("record r1: input field 'x' is string, but the model reads float_vector of 3 values");
        Record list = Record.builder("r2").set("x", List.of(1, 2, 3)).build();
        assertThatThrownBy(() -> model(FeatureSpec.floatVector("x", "y", 2)).featuresOf(list))
                .hasMessageContaining("record r2: input field 'x' is list, but the model reads float_vector");
        Record floats = Record.builder("r3").set("x", new float[3]).build();
        assertThatThrownBy(() -> model(FeatureSpec.bytes("x", 1, "y", 2)).featuresOf(floats))
                .hasMessageContaining("record r3: input field 'x' is float_vector, but the model reads bytes");
        assertThatThrownBy(() -> model(FeatureSpec.list("x", "y", 2)).featuresOf(floats))
                .hasMessageContaining("is float_vector, but the model reads list");
    }

    @Test
    void aFieldOfAnotherLengthIsRefusedForEveryEncoding() {
        assertThatThrownBy(() -> model(FeatureSpec.floatVector("x", "y", 2))
                .featuresOf(Record.builder("r1").set("x", new float[4]).build()))
                .hasMessage("record r1: input field 'x' has 4 values, but the model takes 3");
        assertThatThrownBy(() -> model(FeatureSpec.bytes("x", 1, "y", 2))
                .featuresOf(Record.builder("r2").set("x", new byte[2]).build()))
                .hasMessage("record r2: input field 'x' has 2 values, but the model takes 3");
        assertThatThrownBy(() -> model(FeatureSpec.list("x", "y", 2))
                .featuresOf(Record.builder("r3").set("x", List.of()).build()))
                .hasMessage("record r3: input field 'x' has 0 values, but the model takes 3");
    }

    @Test
    void nonNumericListElementsAndNonFiniteValuesAreRefusedWithTheirIndex() {
        assertThatThrownBy(() -> model(FeatureSpec.list("x", "y", 2))
                .featuresOf(Record.builder("r1").set("x", List.of(1, "two", 3)).build()))
                .hasMessage("record r1: input field 'x' has string two at index 1; a list input must hold only numbers");
        assertThatThrownBy(() -> model(FeatureSpec.list("x", "y", 2))
                .featuresOf(Record.builder("r2").set("x", Arrays.asList(1, 2, null)).build()))
                .hasMessageContaining("has null at index 2");
        assertThatThrownBy(() -> model(FeatureSpec.floatVector("x", "y", 2))
                .featuresOf(Record.builder("r3").set("x", new float[] {0, Float.NaN, 0}).build()))
                .hasMessage("record r3: input field 'x' has NaN at index 1; the model needs finite numbers");
        assertThatThrownBy(() -> model(FeatureSpec.list("x", "y", 2))
                .featuresOf(Record.builder("r4").set("x", List.of(0, 0, Double.POSITIVE_INFINITY)).build()))
                .hasMessageContaining("has Infinity at index 2");
    }

    @Test
    void aFeatureSpecValidatesItself() {
        assertThatThrownBy(() -> FeatureSpec.floatVector(" ", "y", 2)).hasMessageContaining("input_field must name a record field");
        assertThatThrownBy(() -> FeatureSpec.floatVector("x", null, 2)).hasMessageContaining("label_field must name a record field");
        assertThatThrownBy(() -> FeatureSpec.floatVector("x", "y", 1)).hasMessageContaining("classes must be >= 2, got 1");
        assertThatThrownBy(() -> FeatureSpec.bytes("x", 0, "y", 2)).hasMessageContaining("scale must be a finite, non-zero number");
        assertThatThrownBy(() -> FeatureSpec.bytes("x", Double.NaN, "y", 2)).hasMessageContaining("got NaN");
        assertThatThrownBy(() -> FeatureSpec.floatVector("x", "y", 3).withClassNames(List.of("a", "b")))
                .hasMessageContaining("3 classes but 2 class names [a, b]; give one name per class or none");
        assertThatThrownBy(() -> FeatureSpec.floatVector("x", "y", 2).withClassNames(List.of("a", "a")))
                .hasMessageContaining("class name 'a' appears twice");
        assertThatThrownBy(() -> FeatureEncoding.parse("png"))
                .hasMessageContaining("unknown feature encoding 'png'; expected one of float_vector, bytes, list");
        assertThat(FeatureEncoding.parse("float_vector")).isEqualTo(FeatureEncoding.FLOAT_VECTOR);
    }
}
