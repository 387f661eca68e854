package ai.refinery.quality.report;

/**
 * The page's stylesheet, inlined. Calm: system fonts, greys and one accent (the charts' blue);
 * pass/fail in blue/vermillion with icons and words. It must not contain '&lt;' or '&amp;', so the
 * page stays well-formed XML.
 */
final class Style {
    private Style() {}

    static final String CSS = """
            :root{--ink:#1f2933;--muted:#616e7c;--line:#e4e7eb;--soft:#f5f7fa;--bg:#fbfcfd;--accent:#0072b2;\
            --accent-soft:#e3f0f8;--fail:#d55e00;--fail-soft:#fbece3;--warn:#e69f00}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%}
            body{margin:0;background:var(--bg);color:var(--ink);line-height:1.45;\
            font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue","DejaVu Sans",Arial,sans-serif}
            .layout{display:grid;grid-template-columns:190px minmax(0,1fr);gap:32px;max-width:1320px;margin:0 auto;padding:24px}
            .toc{position:sticky;top:24px;align-self:start;font-size:13px}
            .toc .brand{font-weight:700;letter-spacing:.04em;text-transform:uppercase;color:var(--muted);margin:0 0 8px}
            .toc ol{list-style:none;margin:0;padding:0;border-left:2px solid var(--line)}
            .toc a{display:block;padding:3px 10px;color:var(--ink);text-decoration:none}
            .toc a:hover{color:var(--accent);border-left:2px solid var(--accent);margin-left:-2px}
            main{min-width:0}
            h1{font-size:26px;margin:0;font-weight:650;overflow-wrap:anywhere}
            h2{font-size:18px;margin:0 0 12px;font-weight:650}
            h3{font-size:14px;margin:20px 0 4px;font-weight:650}
            .kicker{margin:0 0 2px;color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.06em}
            .title-row{display:flex;align-items:center;gap:14px;flex-wrap:wrap}
            .run-header,.section,footer{background:#fff;border:1px solid var(--line);border-radius:8px;padding:20px 24px;margin:0 0 20px}
            .badge{display:inline-block;padding:3px 10px;border-radius:999px;font-weight:650;font-size:13px;border:1px solid var(--line);\
            white-space:nowrap}
            .badge.small{padding:1px 8px;font-size:12px}
            .pass.badge,.tile.pass .tile-value,.verdict.pass{color:#005a8c}
            .badge.pass{background:var(--accent-soft);border-color:#9ccbe6}
            .fail.badge,.tile.fail .tile-value,.verdict.fail{color:#a33f00}
            .badge.fail{background:var(--fail-soft);border-color:#efb48f}
            .alert{margin:14px 0 0;padding:12px 16px;border-left:5px solid var(--fail);background:var(--fail-soft);border-radius:4px}
            .alert strong{color:#a33f00;font-size:15px}
            .alert .failure{margin:6px 0 0;white-space:pre-wrap;overflow-wrap:anywhere;font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:13px}
            .notice{margin:12px 0 0;padding:8px 12px;border-left:5px solid var(--warn);background:#fdf5e4;border-radius:4px}
            .verdict{font-weight:650;font-size:15px;margin:0 0 8px}
            .verdict.warn{color:#8a5a00}
            .note,.muted,figcaption,.empty{color:var(--muted);font-size:12.5px}
            .note{margin:4px 0 10px}
            dl.meta{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:4px 16px;margin:16px 0 0;font-size:13px}
            dl.meta dt{color:var(--muted)}
            dl.meta dd{margin:0;overflow-wrap:anywhere}
            .tiles{display:flex;flex-wrap:wrap;gap:10px;margin:16px 0 4px}
            .tile{min-width:120px;padding:10px 14px;border:1px solid var(--line);border-radius:6px;background:var(--soft)}
            .tile-value{display:block;font-size:20px;font-weight:650;font-variant-numeric:tabular-nums}
            .tile-label{display:block;font-size:12px;color:var(--muted)}
            .scroll{overflow-x:auto;margin:6px 0 12px}
            table.data{border-collapse:collapse;font-size:13px;min-width:40%}
            table.data th,table.data td{padding:4px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
            table.data thead th{font-size:12px;color:var(--muted);font-weight:600;border-bottom:2px solid var(--line);white-space:nowrap}
            table.data tfoot th,table.data tfoot td{font-weight:600;border-bottom:0}
            .n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            table.data th.n{text-align:right}
            table.profile tbody.pair tr.output td{border-bottom:1px solid #cbd2d9}
            table.profile tbody.pair tr.input td{border-bottom:1px dashed var(--line)}
            table.profile td.side{color:var(--muted);font-size:12px}
            table.profile td.delta{color:var(--accent);font-weight:650}
            .absent,.null{color:var(--muted);font-style:italic}
            .v{max-width:30em;overflow-wrap:anywhere;unicode-bidi:isolate}
            .str{white-space:pre-wrap}
            .json,.bytes,code,.id,.src,.hash{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:12px}
            .bytes{color:var(--muted)}
            .more{color:var(--muted);font-style:italic;margin-left:2px}
            .err{color:#a33f00;max-width:28em;overflow-wrap:anywhere}
            del,ins{text-decoration-thickness:1px;border-radius:2px}
            del{background:#f9d9c4;color:#7a2e00;text-decoration:line-through}
            ins{background:#cde6f5;color:#00456b;text-decoration:underline}
            del.whole,ins.whole{padding:0 2px}
            .diff tr.added .kind{color:var(--accent)}
            .diff tr.removed .kind{color:#a33f00}
            .change{border-left:3px solid var(--line);padding-left:12px;margin:10px 0 14px}
            .change-id{margin:0;font-size:13px}
            tr.bad td{background:#fffaf7}
            .step{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace}
            details{margin:8px 0}
            summary{cursor:pointer;color:var(--accent)}
            figure.chart{margin:8px 0 16px}
            figure.small{margin:0;padding:8px;border:1px solid var(--line);border-radius:6px;background:#fff}
            figcaption{margin-top:2px}
            figcaption a{color:var(--accent)}
            svg.chart{max-width:100%;height:auto;display:block;\
            font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue","DejaVu Sans",Arial,sans-serif}
            svg.chart rect.bar:hover,svg.chart rect.cell:hover{opacity:.8}
            .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:12px}
            .pair-charts{display:flex;flex-wrap:wrap;gap:16px}
            footer ul.files{margin:0;padding-left:18px;font-size:13px}
            footer h2{font-size:15px}
            @media (max-width:900px){.layout{display:block;padding:12px}.toc{position:static;margin-bottom:16px}\
            .toc ol{display:flex;flex-wrap:wrap;border:0}.toc a{padding:2px 8px}}
            @media print{body{background:#fff;font-size:11px}.layout{display:block;padding:0;max-width:none}.toc,a.png{display:none}\
            .run-header,.section,footer{border:0;padding:0;margin:0 0 18px}figure,tr,.change,.tile{break-inside:avoid}\
            h2,h3{break-after:avoid}.scroll{overflow:visible}details{display:block}}
            """;
}
