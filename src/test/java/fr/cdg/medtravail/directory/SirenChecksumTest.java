package fr.cdg.medtravail.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SirenChecksumTest {

    @Test
    void acceptsOnlyNineDigitsWithTheirLuhnCheckDigit() {
        assertThat(SirenChecksum.isValid("219200128")).isTrue();
        assertThat(SirenChecksum.isValid("219200129")).isFalse();
        assertThat(SirenChecksum.isValid("21920012")).isFalse();
        assertThat(SirenChecksum.isValid("21920012a")).isFalse();
        assertThat(SirenChecksum.isValid(null)).isFalse();
    }

    @Test
    void completesABodyWithItsCheckDigit() {
        assertThat(SirenChecksum.withCheckDigit("21920012")).isEqualTo("219200128");
        assertThat(SirenChecksum.isValid(SirenChecksum.withCheckDigit("26690001"))).isTrue();
    }
}
