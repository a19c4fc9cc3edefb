package fr.cdg.medtravail.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessTest {

    @Test
    void eachExpressionNamesTheRolesOfItsGroup() {
        assertThat(Access.STAFF).isEqualTo(Access.expression(Access.STAFF_ROLES));
        assertThat(Access.ADMIN).isEqualTo(Access.expression(Access.ADMIN_ROLES));
        assertThat(Access.STAFF_OR_PROFESSIONAL).isEqualTo(Access.expression(Access.STAFF_OR_PROFESSIONAL_ROLES));
        assertThat(Access.STAFF_OR_REFERENT).isEqualTo(Access.expression(Access.STAFF_OR_REFERENT_ROLES));
    }
}
