package ai.refinery.quality.report;

import ai.refinery.quality.report.html.Html;

/** One part of the page. A section appears, in the page and its table of contents, only when its data is present. */
interface Section {
    /** The anchor id, unique in the page. */
    String id();

    /** The heading and table-of-contents entry. */
    String title();

    boolean present();

    /** Writes the section's content (the page writes the {@code section} element and heading around it). */
    void write(Html h);
}
