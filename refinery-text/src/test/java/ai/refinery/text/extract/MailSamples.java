package ai.refinery.text.extract;

/** Raw messages shared by the mail tests. */
final class MailSamples {
    private MailSamples() {}

    static final String ALTERNATIVE_WITH_ATTACHMENT = """
            From: =?ISO-8859-1?Q?Andr=E9?= <andre@example.org>
            To: Bob <bob@example.com>, carol@example.com
            Subject: Report
            Date: Mon, 2 Sep 2002 09:05:00 +0200
            Message-ID: <abc.123@example.org>
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="OUTER"

            --OUTER
            Content-Type: multipart/alternative; boundary="INNER"

            --INNER
            Content-Type: text/plain; charset=iso-8859-1
            Content-Transfer-Encoding: quoted-printable

            Voil=E0 the plain version.
            --INNER
            Content-Type: text/html; charset=utf-8

            <p>The <b>HTML</b> version.</p>
            --INNER--
            --OUTER
            Content-Type: application/pdf; name="report.pdf"
            Content-Disposition: attachment; filename="report.pdf"
            Content-Transfer-Encoding: base64

            JVBERi0xLjQKJcOkw7zDtsOfCg==
            --OUTER
            Content-Type: image/gif
            Content-Transfer-Encoding: base64

            R0lGODlhAQABAAAAACw=
            --OUTER--
            """;
}
