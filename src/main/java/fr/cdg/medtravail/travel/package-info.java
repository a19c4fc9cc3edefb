/** Travel times between collectivités and cabinets: estimates and imported matrices. */
@ApplicationModule(displayName = "Travel times between collectivités and cabinets")
package fr.cdg.medtravail.travel;

import org.springframework.modulith.ApplicationModule;
