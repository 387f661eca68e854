package ai.refinery.vision.transform;

import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import ai.refinery.vision.image.Image;

/** A mapper over the image in one field: reads it (checking its shape), hands it to {@link #apply}. */
abstract class ImageMapper implements RecordMapper {
    private static final long serialVersionUID = 1L;

    protected final String field;

    ImageMapper(String field) {
        this.field = field;
    }

    @Override
    public final Record map(Record record) {
        Image image = Image.fromRecord(record, field);
        try {
            return apply(image, record);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("record " + record.id() + ": " + e.getMessage(), e);
        }
    }

    /** The record with the transformed image or its derived fields. */
    protected abstract Record apply(Image image, Record record);

    /** For the common case of an image in, an image out in the same field. */
    abstract static class PixelTransform extends ImageMapper {
        private static final long serialVersionUID = 1L;

        PixelTransform(String field) {
            super(field);
        }

        @Override
        protected final Record apply(Image image, Record record) {
            Image out = transform(image);
            return out == image ? record : out.writeTo(record.toBuilder(), field).build();
        }

        protected abstract Image transform(Image image);
    }
}
