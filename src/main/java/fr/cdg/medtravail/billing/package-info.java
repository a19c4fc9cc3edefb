/**
 * Billing: tariff grids by CDG and mission, the unjustified-absence ledger drawn from attendance, the yearly fee,
 * the 5 % surcharge and semester statements, dashboards and the annual activity report. Nothing depends on it.
 */
@ApplicationModule(displayName = "Billing")
package fr.cdg.medtravail.billing;

import org.springframework.modulith.ApplicationModule;
