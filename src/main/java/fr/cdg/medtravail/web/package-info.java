/** Shared kernel: RFC 9457 problem documents for the API and the screens' error pages, open to every module. */
@ApplicationModule(displayName = "Web (shared kernel): RFC 9457 problems, the screens' error pages", type = ApplicationModule.Type.OPEN)
package fr.cdg.medtravail.web;

import org.springframework.modulith.ApplicationModule;
