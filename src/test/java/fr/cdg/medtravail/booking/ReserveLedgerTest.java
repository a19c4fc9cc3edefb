package fr.cdg.medtravail.booking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whose minutes a booking takes: the collectivité's reserve, the shared pool, or beyond (secretariat). */
class ReserveLedgerTest {

    @Test
    void theReserveComesFirstThenThePoolWithinReachThenOnlyTheSecretariat() {
        // 210 minutes, 150 reserved (60 for this collectivité, of which 30 booked), 30 given back early by another.
        var ledger = new ReserveLedger(210, 150, 60, 0, 30, 30, 0);
        assertThat(ledger.ownLeft()).isEqualTo(30);
        assertThat(ledger.poolLeft()).isEqualTo(90);
        assertThat(ledger.sourceFor(30, false, false)).contains(ReserveSource.RESERVED);
        assertThat(ledger.sourceFor(45, true, false)).contains(ReserveSource.POOL);
        assertThat(ledger.sourceFor(45, false, false)).isEmpty();
        assertThat(ledger.sourceFor(45, false, true)).contains(ReserveSource.BEYOND);
    }

    @Test
    void minutesGivenBackLeaveTheReserve() {
        var ledger = new ReserveLedger(210, 210, 60, 60, 60, 0, 30);
        assertThat(ledger.ownLeft()).isZero();
        assertThat(ledger.poolLeft()).isEqualTo(30);
    }
}
