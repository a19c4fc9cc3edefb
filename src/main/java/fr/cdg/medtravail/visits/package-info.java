/** Who is due for which visit, by whom: the rules of the convention MEDPREV, used by booking and planning alike. */
@ApplicationModule(displayName = "Visits: who is due, for which visit, with which professionals")
package fr.cdg.medtravail.visits;

import org.springframework.modulith.ApplicationModule;
