package ai.refinery.quality.report.chart;

/**
 * The report's few colours. Pass and fail use the Okabe-Ito blue and vermillion, which stay
 * distinct for the common colour-vision deficiencies; the page always adds an icon and a word.
 */
public final class Palette {
    private Palette() {}

    public static final Colour INK = Colour.hex("#1f2933");
    public static final Colour MUTED = Colour.hex("#616e7c");
    public static final Colour GRID = Colour.hex("#e4e7eb");
    public static final Colour AXIS = Colour.hex("#9aa5b1");
    public static final Colour BACKGROUND = Colour.hex("#ffffff");

    /** The one accent: output, the model, "after". */
    public static final Colour ACCENT = Colour.hex("#0072b2");
    /** Input, "before": a neutral grey that reads behind the accent. */
    public static final Colour BEFORE = Colour.hex("#a3acb9");
    public static final Colour PASS = ACCENT;
    public static final Colour FAIL = Colour.hex("#d55e00");
    public static final Colour DROPPED = Colour.hex("#e69f00");
    public static final Colour QUARANTINED = Colour.hex("#cc79a7");
    /** Validation series: dashed, in the fail hue's lighter sibling so it differs from the accent. */
    public static final Colour SECOND = Colour.hex("#d55e00");
}
