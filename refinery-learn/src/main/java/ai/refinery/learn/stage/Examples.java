package ai.refinery.learn.stage;

import ai.refinery.core.record.Record;
import ai.refinery.learn.model.FeatureEncoding;
import ai.refinery.learn.model.FeatureSpec;
import ai.refinery.learn.model.RecordFeatures;
import ai.refinery.learn.train.Dataset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects labelled examples from a stream of records into one flat feature array (no per-record
 * arrays kept), learning the encoding and width from the first record.
 */
final class Examples implements Consumer<Record> {
    private final String featureField;
    private final String labelField;
    private final Double scale;
    private FeatureSpec spec;
    private int width = -1;
    private float[] features = new float[0];
    private int[] labels = new int[1024];
    private int size;
    private int maxLabel = -1;

    Examples(String featureField, String labelField, Double scale) {
        this.featureField = featureField;
        this.labelField = labelField;
        this.scale = scale;
    }

    /** Collects with a known feature spec and width (evaluation against a trained model). */
    Examples(FeatureSpec spec, int width) {
        this(spec.inputField(), spec.labelField(), spec.scale());
        this.spec = spec;
        this.width = width;
    }

    @Override
    public void accept(Record r) {
        if (spec == null) learnShape(r);
        Object label = r.get(labelField);
        if (!(label instanceof Long l) || l < 0 || l > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("record " + r.id() + ": label field '" + labelField + "' must be a class index >= 0, found "
                    + (label == null ? "nothing" : "'" + label + "'"));
        }
        if (size == labels.length) labels = Arrays.copyOf(labels, size * 2);
        if ((long) (size + 1) * width > features.length) {
            long grown = Math.max((long) (size + 1) * width, Math.min(Integer.MAX_VALUE - 8, (long) features.length * 3 / 2));
            features = Arrays.copyOf(features, Math.toIntExact(grown));
        }
        RecordFeatures.encode(spec, width, r, features, size * width);
        labels[size++] = (int) (long) l;
        maxLabel = Math.max(maxLabel, (int) (long) l);
    }

    private void learnShape(Record r) {
        Object v = r.get(featureField);
        FeatureEncoding encoding;
        int n;
        if (v instanceof byte[] b) {
            encoding = FeatureEncoding.BYTES;
            n = b.length;
        } else if (v instanceof float[] f) {
            encoding = FeatureEncoding.FLOAT_VECTOR;
            n = f.length;
        } else if (v instanceof List<?> l) {
            encoding = FeatureEncoding.LIST;
            n = l.size();
        } else {
            throw new IllegalArgumentException("record " + r.id() + ": features field '" + featureField
                    + "' must be a float vector, bytes or a list of numbers, found " + (v == null ? "nothing" : v.getClass().getSimpleName()));
        }
        if (n == 0) throw new IllegalArgumentException("record " + r.id() + ": features field '" + featureField + "' is empty");
        double s = scale != null ? scale : encoding == FeatureEncoding.BYTES ? FeatureSpec.BYTE_SCALE : 1.0;
        spec = new FeatureSpec(featureField, encoding, s, labelField, 2, List.of());
        width = n;
        features = new float[Math.toIntExact(Math.min(Integer.MAX_VALUE - 8, (long) n * 4096))];
    }

    int size() { return size; }
    int width() { return width; }
    int maxLabel() { return maxLabel; }

    /** The encoding learnt from the data, with the class count. */
    FeatureSpec featureSpec(int classes) {
        return new FeatureSpec(spec.inputField(), spec.encoding(), spec.scale(), spec.labelField(), classes, spec.classNames());
    }

    /** The examples as a dataset; the feature array is trimmed once and then shared. */
    Dataset dataset(int classes) {
        if (size == 0) throw new IllegalArgumentException("no examples to learn from: the pipeline kept no records");
        if (maxLabel >= classes) {
            throw new IllegalArgumentException("a label is " + maxLabel + " but there are only " + classes + " classes");
        }
        if (features.length != size * width) features = Arrays.copyOf(features, size * width);
        return new Dataset(features, width, Arrays.copyOf(labels, size), classes);
    }
}
