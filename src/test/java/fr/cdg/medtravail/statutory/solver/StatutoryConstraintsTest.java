package fr.cdg.medtravail.statutory.solver;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

import fr.cdg.medtravail.calendar.DatedHalfDay;
import fr.cdg.medtravail.calendar.Half;

/** One nested class per constraint, each with a satisfied and a broken case. */
class StatutoryConstraintsTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final DatedHalfDay MONDAY_AM = new DatedHalfDay(MONDAY, Half.AM);
    static final DoctorHalfDay DOCTOR_1 = new DoctorHalfDay(1, MONDAY_AM, 120, null);
    static final DoctorHalfDay DOCTOR_2 = new DoctorHalfDay(2, MONDAY_AM, 210, null);
    static final DoctorHalfDay DOCTOR_PINNED = new DoctorHalfDay(3, MONDAY_AM, 210, 10L);
    static final PlaceHalfDay PLACE_10 = new PlaceHalfDay(10, MONDAY_AM, 1, Set.of());
    static final PlaceHalfDay PLACE_20 = new PlaceHalfDay(20, MONDAY_AM, 1, Set.of(9L));

    final ConstraintVerifier<StatutoryConstraints, StatutoryPlan> verifier =
            ConstraintVerifier.build(new StatutoryConstraints(), StatutoryPlan.class, OpenRequest.class);

    static OpenRequest request(long id, boolean mandatory, int minutes, DoctorHalfDay doctor, PlaceHalfDay place) {
        var request = new OpenRequest(id, mandatory, MONDAY.minusDays(4), MONDAY.plusDays(5), minutes, List.of());
        request.setPlacement(doctor == null ? null : new Placement(doctor, place, 15));
        return request;
    }

    @Nested
    class DoctorTime {
        @Test
        void withinTheFreeMinutes() {
            verifier.verifyThat(StatutoryConstraints::doctorTime)
                    .given(request(1, true, 60, DOCTOR_1, PLACE_10), request(2, true, 60, DOCTOR_1, PLACE_10))
                    .penalizesBy(0);
        }

        @Test
        void beyondThemByThirtyMinutes() {
            verifier.verifyThat(StatutoryConstraints::doctorTime)
                    .given(request(1, true, 60, DOCTOR_1, PLACE_10), request(2, true, 90, DOCTOR_1, PLACE_10))
                    .penalizesBy(30);
        }
    }

    @Nested
    class OnePlace {
        @Test
        void sameCabinet() {
            verifier.verifyThat(StatutoryConstraints::onePlace)
                    .given(request(1, true, 60, DOCTOR_2, PLACE_10), request(2, true, 60, DOCTOR_2, PLACE_10))
                    .penalizesBy(0);
        }

        @Test
        void twoCabinetsOrAwayFromThePinnedOne() {
            verifier.verifyThat(StatutoryConstraints::onePlace)
                    .given(request(1, true, 60, DOCTOR_2, PLACE_10), request(2, true, 60, DOCTOR_2, PLACE_20))
                    .penalizesBy(1);
            verifier.verifyThat(StatutoryConstraints::onePlace)
                    .given(request(1, true, 60, DOCTOR_PINNED, PLACE_20))
                    .penalizesBy(1);
        }
    }

    @Nested
    class Rooms {
        @Test
        void oneDoctorPerRoom() {
            verifier.verifyThat(StatutoryConstraints::rooms)
                    .given(request(1, true, 60, DOCTOR_1, PLACE_10), request(2, true, 60, DOCTOR_1, PLACE_10))
                    .penalizesBy(0);
        }

        @Test
        void aSecondDoctorOrAPinnedOneInTheOnlyRoom() {
            verifier.verifyThat(StatutoryConstraints::rooms)
                    .given(request(1, true, 60, DOCTOR_1, PLACE_10), request(2, true, 60, DOCTOR_2, PLACE_10))
                    .penalizesBy(1);
            verifier.verifyThat(StatutoryConstraints::rooms)
                    .given(request(1, true, 60, DOCTOR_1, PLACE_20))
                    .penalizesBy(1);
        }
    }

    @Nested
    class Unplaced {
        @Test
        void placedRequestsCostNothing() {
            verifier.verifyThat(StatutoryConstraints::unplaced).given(request(1, true, 60, DOCTOR_1, PLACE_10)).penalizesBy(0);
        }

        @Test
        void aMandatoryRequestOutweighsOptionalOnes() {
            verifier.verifyThat(StatutoryConstraints::unplaced)
                    .given(request(1, true, 60, null, null), request(2, false, 60, null, null))
                    .penalizesBy(100_001);
        }
    }

    @Nested
    class Early {
        @Test
        void waitingDaysCountDoubleForMandatoryRequests() {
            // Received the Thursday before: 4 days of waiting.
            verifier.verifyThat(StatutoryConstraints::early)
                    .given(request(1, true, 60, DOCTOR_1, PLACE_10), request(2, false, 60, DOCTOR_2, PLACE_20))
                    .penalizesBy(4 * 20 + 4 * 10);
        }

        @Test
        void unplacedRequestsAreNotCounted() {
            verifier.verifyThat(StatutoryConstraints::early).given(request(1, true, 60, null, null)).penalizesBy(0);
        }
    }

    @Nested
    class Travel {
        @Test
        void minutesOfTravel() {
            verifier.verifyThat(StatutoryConstraints::travel).given(request(1, true, 60, DOCTOR_1, PLACE_10)).penalizesBy(15);
        }

        @Test
        void nothingWithoutPlacement() {
            verifier.verifyThat(StatutoryConstraints::travel).given(request(1, true, 60, null, null)).penalizesBy(0);
        }
    }
}
