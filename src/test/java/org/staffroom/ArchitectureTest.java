package org.staffroom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

/** The layering the README describes, checked on every build. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.staffroom");

    @Test
    void viewsNeverTouchRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void repositoriesStayInsideTheirFeature() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should().notBePublic()
                .check(CLASSES);
    }

    @Test
    void sharedBasePackagesDependOnNoFeature() {
        noClasses().that().resideInAnyPackage("org.staffroom.base.domain..", "org.staffroom.base.db..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.staffroom.staff..", "org.staffroom.subjectgroup..", "org.staffroom.security..")
                .check(CLASSES);
    }

    @Test
    void featuresDoNotDependOnEachOthersViews() {
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
}
