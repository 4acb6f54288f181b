package org.staffroom.base.pwa;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The installable app's server side beyond Vaadin's {@code @PWA}: the offline page for navigations. */
@Configuration(proxyBeanMethods = false)
class PwaConfiguration {

    // Registered for the service worker's address only, not as a filter for every request.
    @Bean
    FilterRegistrationBean<OfflineNavigationFilter> offlineNavigation() {
        var registration = new FilterRegistrationBean<>(new OfflineNavigationFilter());
        registration.addUrlPatterns(OfflineNavigationFilter.SERVICE_WORKER);
        return registration;
    }
}
