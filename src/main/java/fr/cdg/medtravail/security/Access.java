package fr.cdg.medtravail.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The role groups every module refers to, written once: as sets for {@link AccessRules} and as the
 * {@code @PreAuthorize} expressions of the controllers (annotations need compile-time constants; {@code AccessTest}
 * checks that each expression says the same as its set).
 */
public final class Access {

    /** The CDG's staff: administrators and the medical secretariat. */
    public static final Set<Role> STAFF_ROLES = EnumSet.of(Role.ADMIN, Role.SECRETARIAT);
    public static final String STAFF = "hasAnyRole('ADMIN','SECRETARIAT')";

    /** Configuration that changes what is billed (tariff grids). */
    public static final Set<Role> ADMIN_ROLES = EnumSet.of(Role.ADMIN);
    public static final String ADMIN = "hasAnyRole('ADMIN')";

    public static final Set<Role> STAFF_OR_PROFESSIONAL_ROLES = EnumSet.of(Role.ADMIN, Role.SECRETARIAT, Role.PROFESSIONAL);
    public static final String STAFF_OR_PROFESSIONAL = "hasAnyRole('ADMIN','SECRETARIAT','PROFESSIONAL')";

    public static final Set<Role> STAFF_OR_REFERENT_ROLES = EnumSet.of(Role.ADMIN, Role.SECRETARIAT, Role.REFERENT);
    public static final String STAFF_OR_REFERENT = "hasAnyRole('ADMIN','SECRETARIAT','REFERENT')";

    private Access() {
    }

    /** The {@code hasAnyRole} expression of a group of roles, in declaration order. */
    static String expression(Set<Role> roles) {
        return roles.stream().sorted().map(role -> "'" + role.name() + "'")
                .collect(Collectors.joining(",", "hasAnyRole(", ")"));
    }
}
