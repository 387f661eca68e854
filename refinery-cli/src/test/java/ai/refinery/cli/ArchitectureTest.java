package ai.refinery.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the module arrows pointing downward (see the module map in the README). */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ai.refinery");

    @Test
    void coreDependsOnNoOtherRefineryModule() {
        noClasses().that().resideInAPackage("ai.refinery.core..")
                .should().dependOnClassesThat(resideInAPackage("ai.refinery..").and(not(resideInAPackage("ai.refinery.core.."))))
                .check(CLASSES);
    }

    @Test
    void formatModulesDependOnlyOnCore() {
        noClasses().that().resideInAPackage("ai.refinery.parquet..")
                .should().dependOnClassesThat().resideInAnyPackage("ai.refinery.cli..")
                .check(CLASSES);
    }

    @Test
    void qualityDependsOnlyOnCore() {
        noClasses().that().resideInAPackage("ai.refinery.quality..")
                .should().dependOnClassesThat().resideInAnyPackage("ai.refinery.learn..", "ai.refinery.parquet..", "ai.refinery.cli..")
                .check(CLASSES);
    }

    @Test
    void textDependsOnlyOnCore() {
        noClasses().that().resideInAPackage("ai.refinery.text..")
                .should().dependOnClassesThat().resideInAnyPackage("ai.refinery.learn..", "ai.refinery.parquet..", "ai.refinery.quality..", "ai.refinery.cli..")
                .check(CLASSES);
    }

    @Test
    void visionDependsOnlyOnCore() {
        noClasses().that().resideInAPackage("ai.refinery.vision..")
                .should().dependOnClassesThat().resideInAnyPackage("ai.refinery.learn..", "ai.refinery.parquet..", "ai.refinery.quality..",
                        "ai.refinery.text..", "ai.refinery.cli..")
                .check(CLASSES);
    }

    @Test
    void nothingBelowTheCliDependsOnIt() {
        noClasses().that().resideOutsideOfPackage("ai.refinery.cli..")
                .should().dependOnClassesThat().resideInAPackage("ai.refinery.cli..")
                .check(CLASSES);
    }
}
