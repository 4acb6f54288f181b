package org.staffroom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The module rules of the README's architecture, checked on every build. Spring Modulith
 * checks the modules (the packages under {@code org.staffroom}): no cycles, a module uses
 * another only through its top-level package or a named interface ({@code security.ui}),
 * and {@code base} depends on no feature (its package-info allows no dependencies). ArchUnit
 * checks what Modulith does not: repositories, routes and services.
 */
class ModuleStructureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.staffroom");

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void repositoriesAreReachableOnlyFromTheirOwnFeaturePackage() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should().notBePublic()
                .check(CLASSES);
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void featuresUseEachOthersServicesNotTheirViews() {
        noClasses().that().resideInAPackage("org.staffroom.subjectgroup..")
                .should().dependOnClassesThat().resideInAnyPackage("org.staffroom.staff.ui..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.staffroom.staff..")
                .should().dependOnClassesThat().resideInAnyPackage("org.staffroom.subjectgroup.ui..")
                .check(CLASSES);
    }

    @Test
    void routesLiveInUiPackagesAndServicesOutsideThem() {
        classes().that().areAnnotatedWith(Route.class).should().resideInAPackage("..ui..").check(CLASSES);
        classes().that().areAnnotatedWith(Service.class).should().resideOutsideOfPackage("..ui..").check(CLASSES);
    }

    @Test
    void publicServicesDenyByDefault() {
        classes().that().areAnnotatedWith(Service.class).and().haveModifier(JavaModifier.PUBLIC)
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(CLASSES);
    }
}
