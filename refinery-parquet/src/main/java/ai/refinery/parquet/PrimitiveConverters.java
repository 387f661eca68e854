package ai.refinery.parquet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.UUID;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;

/**
 * Converters for Parquet leaf columns. Integers become long (dates and timestamps stay in their
 * stored unit; INT96 timestamps become nanoseconds since the epoch), FLOAT and DOUBLE become double,
 * decimals double, text-like binaries (STRING, ENUM, JSON) string, UUIDs their canonical string,
 * and any other binary bytes.
 */
final class PrimitiveConverters {
    private PrimitiveConverters() {}

    static PrimitiveConverter of(PrimitiveType type, Sink out) {
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        if (logical instanceof DecimalLogicalTypeAnnotation d) return new DecimalConverter(d.getScale(), out);
        return switch (type.getPrimitiveTypeName()) {
            case BOOLEAN -> new PrimitiveConverter() {
                @Override public void addBoolean(boolean v) { out.accept(v); }
            };
            case INT32 -> isUnsigned32(logical) ? new PrimitiveConverter() {
                @Override public void addInt(int v) { out.accept(Integer.toUnsignedLong(v)); }
            } : new PrimitiveConverter() {
                @Override public void addInt(int v) { out.accept((long) v); }
            };
            case INT64 -> new PrimitiveConverter() {
                @Override public void addLong(long v) { out.accept(v); }
            };
            case INT96 -> new PrimitiveConverter() {
                @Override public void addBinary(Binary v) { out.accept(int96Nanos(v)); }
            };
            case FLOAT -> new PrimitiveConverter() {
                @Override public void addFloat(float v) { out.acceptFloat(v); }
            };
            case DOUBLE -> new PrimitiveConverter() {
                @Override public void addDouble(double v) { out.accept(v); }
            };
            case BINARY, FIXED_LEN_BYTE_ARRAY -> binary(logical, out);
        };
    }

    private static boolean isUnsigned32(LogicalTypeAnnotation logical) {
        return logical instanceof IntLogicalTypeAnnotation i && !i.isSigned() && i.getBitWidth() == 32;
    }

    private static PrimitiveConverter binary(LogicalTypeAnnotation logical, Sink out) {
        if (logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
                || logical instanceof LogicalTypeAnnotation.EnumLogicalTypeAnnotation
                || logical instanceof LogicalTypeAnnotation.JsonLogicalTypeAnnotation) {
            return new StringConverter(out);
        }
        if (logical instanceof LogicalTypeAnnotation.UUIDLogicalTypeAnnotation) {
            return new PrimitiveConverter() {
                @Override public void addBinary(Binary v) {
                    ByteBuffer b = v.toByteBuffer();
                    out.accept(new UUID(b.getLong(b.position()), b.getLong(b.position() + 8)).toString());
                }
            };
        }
        return new PrimitiveConverter() {
            @Override public void addBinary(Binary v) { out.accept(bytes(v)); }
        };
    }

    /** A copy the record can own (Parquet may reuse the array behind a Binary). */
    static byte[] bytes(Binary v) {
        byte[] b = v.getBytes();
        return v.isBackingBytesReused() ? b.clone() : b;
    }

    /** INT96 (legacy Impala/Spark timestamp): nanoseconds of the day, then the Julian day, little-endian. */
    private static long int96Nanos(Binary v) {
        ByteBuffer b = v.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        long nanosOfDay = b.getLong(b.position());
        long julianDay = Integer.toUnsignedLong(b.getInt(b.position() + 8));
        return (julianDay - 2_440_588L) * 86_400_000_000_000L + nanosOfDay;
    }

    /** Strings, decoding each dictionary entry once rather than once per row. */
    private static final class StringConverter extends PrimitiveConverter {
        private final Sink out;
        private String[] dictionary;

        StringConverter(Sink out) {
            this.out = out;
        }

        @Override public boolean hasDictionarySupport() { return true; }

        @Override
        public void setDictionary(Dictionary d) {
            dictionary = new String[d.getMaxId() + 1];
            for (int i = 0; i < dictionary.length; i++) dictionary[i] = d.decodeToBinary(i).toStringUsingUTF8();
        }

        @Override public void addValueFromDictionary(int id) { out.accept(dictionary[id]); }

        @Override public void addBinary(Binary v) { out.accept(v.toStringUsingUTF8()); }
    }

    /** Decimals as double (exact up to about 15 significant digits). */
    private static final class DecimalConverter extends PrimitiveConverter {
        private final int scale;
        private final Sink out;

        DecimalConverter(int scale, Sink out) {
            this.scale = scale;
            this.out = out;
        }

        @Override public void addInt(int v) { out.accept(BigDecimal.valueOf(v, scale).doubleValue()); }

        @Override public void addLong(long v) { out.accept(BigDecimal.valueOf(v, scale).doubleValue()); }

        @Override
        public void addBinary(Binary v) {
            out.accept(new BigDecimal(new BigInteger(v.getBytes()), scale).doubleValue());
        }
    }
}
