package ai.refinery.text.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailDateTest {
    @Test
    void readsRfc5322DatesAndKeepsTheOffset() {
        assertThat(MailDate.toIso("Wed, 21 Aug 2002 20:31:57 -0400")).isEqualTo("2002-08-21T20:31:57-04:00");
        assertThat(MailDate.toIso("Thu, 22 Aug 2002 08:17:21 -0400 (EDT)")).isEqualTo("2002-08-22T08:17:21-04:00");
        assertThat(MailDate.toIso("2 Sep 2002 09:05 +0200")).isEqualTo("2002-09-02T09:05:00+02:00");
        assertThat(MailDate.toIso("Mon, 2 Sep 02 09:05:00 GMT")).isEqualTo("2002-09-02T09:05:00Z");
        assertThat(MailDate.toIso("Mon, 2 Sep 99 09:05:00 PDT")).isEqualTo("1999-09-02T09:05:00-07:00");
        assertThat(MailDate.toIso("Tue, 3 September 2002 23:59:60 +0000")).isEqualTo("2002-09-03T23:59:59Z");
    }

    @Test
    void readsWhatBrokenMailersWrite() {
        assertThat(MailDate.toIso("Wed Aug 21 20:31:57 2002")).isEqualTo("2002-08-21T20:31:57Z");
        assertThat(MailDate.toIso("2002/09/14 Sat 02:29:32 CDT")).isEqualTo("2002-09-14T02:29:32-05:00");
        assertThat(MailDate.toIso("Sun, 25 Aug 2002 06:08:23 -1900")).isEqualTo("2002-08-25T06:08:23Z"); // no such offset: unknown zone
        assertThat(MailDate.toIso("Fri, 23 Aug 2002 22:46:34 CEST")).isEqualTo("2002-08-23T22:46:34Z");
    }

    @Test
    void unreadableDatesGiveNull() {
        assertThat(MailDate.toIso("yesterday")).isNull();
        assertThat(MailDate.toIso("31 Feb 2002 10:00:00 +0000")).isNull();
        assertThat(MailDate.toIso("21 Aug 2002")).isNull();
        assertThat(MailDate.toIso("21 Aug 2002 25:00:00")).isNull();
        assertThat(MailDate.toIso("")).isNull();
        assertThat(MailDate.toIso("x".repeat(1000))).isNull();
    }
}
