/** Accounts, log-in, roles and the route access table. */
@ApplicationModule(displayName = "Accounts, log-in, roles and the route access table")
package fr.cdg.medtravail.security;

import org.springframework.modulith.ApplicationModule;
