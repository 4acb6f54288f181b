/**
 * What every feature builds on: entities and refusals ({@code domain}), the embedded
 * database ({@code db}), settings ({@code config}), translations ({@code i18n}), the
 * offline page ({@code pwa}) and small UI pieces ({@code ui}). Open, so features use its
 * subpackages directly; it depends on no feature.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, allowedDependencies = {})
package org.staffroom.base;

import org.springframework.modulith.ApplicationModule;
