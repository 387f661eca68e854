/**
 * Parquet source and sink for Refinery records, built on parquet-java without a Hadoop runtime
 * (local files, {@code PlainParquetConfiguration}, our own {@link ai.refinery.parquet.Codecs}).
 *
 * <h2>Reading ({@link ai.refinery.parquet.ParquetSource})</h2>
 * <pre>
 * INT32, INT64 (any integer, DATE, TIME, TIMESTAMP logical type)  long (stored unit; UINT32 unsigned)
 * INT96 (legacy timestamp)                                       long, nanoseconds since the epoch
 * FLOAT, DOUBLE                                                  double
 * DECIMAL (any physical type)                                    double
 * BOOLEAN                                                        boolean
 * BINARY/FIXED with STRING, ENUM or JSON                         string
 * FIXED(16) with UUID                                            string (canonical form)
 * other BINARY/FIXED                                             bytes
 * LIST of FLOAT, repeated FLOAT                                  float vector (a list of doubles if an element is null)
 * other LIST, other repeated field                               list (two- and three-level layouts)
 * MAP                                                            map (keys as strings)
 * other group                                                    map of its fields
 * absent optional value                                          field present with a null value
 * </pre>
 * Columns listed in the footer key {@code refinery.json_columns} (written by the sink) hold JSON
 * text, which is parsed back into values.
 *
 * <h2>Writing ({@link ai.refinery.parquet.ParquetSink})</h2>
 * <pre>
 * string        optional BINARY (STRING)
 * long          optional INT64
 * double        optional DOUBLE
 * boolean       optional BOOLEAN
 * bytes         optional BINARY
 * float_vector  optional LIST of required FLOAT (three-level)
 * list          optional LIST of one optional element type: string, long, double, boolean, bytes,
 *               or JSON text (STRING) for nested lists and maps
 * map           optional MAP of STRING to JSON text (STRING)
 * id_field      optional BINARY (STRING), first column
 * meta_field    optional MAP of STRING to JSON text, last column
 * </pre>
 */
package ai.refinery.parquet;
