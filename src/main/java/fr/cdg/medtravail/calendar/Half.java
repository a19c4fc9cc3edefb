package fr.cdg.medtravail.calendar;

/** Morning or afternoon: the two halves of a working day, the unit of every session and leave. */
public enum Half {
    AM("matin"), PM("après-midi");

    private final String label;

    Half(String label) {
        this.label = label;
    }

    /** French label for the screens. */
    public String label() {
        return label;
    }

    /** The other half of the same day. */
    public Half other() {
        return this == AM ? PM : AM;
    }
}
