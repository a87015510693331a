package com.newspulse.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The core wall: the text logic in {@code com.newspulse.core} is plain Java that unit tests drive
 * without a cluster, so it must not depend on Spark, Scala, Hadoop or Parquet, nor on the layers
 * above it (the Spark stages, the job, the CLI). Checked on the compiled classes, so an import
 * hidden in a fully qualified name or a lambda fails too.
 */
class CoreWallTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.newspulse");

  @Test
  void coreUsesNoClusterLibrary() {
    noClasses()
        .that()
        .resideInAPackage("com.newspulse.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.spark..",
            "scala..",
            "org.apache.hadoop..",
            "org.apache.parquet..",
            "com.johnsnowlabs..")
        .because("core is plain Java: unit tests drive it without Spark (docs/architecture.md)")
        .check(MAIN);
  }

  @Test
  void coreDependsOnNoLayerAboveIt() {
    noClasses()
        .that()
        .resideInAPackage("com.newspulse.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.newspulse.spark..",
            "com.newspulse.job..",
            "com.newspulse.cli..",
            "com.newspulse.ingest..",
            "com.newspulse.enrich..",
            "com.newspulse.trends..",
            "com.newspulse.topics..",
            "com.newspulse.tables..",
            "com.newspulse.publish..",
            "com.newspulse.report..")
        .because("the layers above core orchestrate it, never the reverse")
        .check(MAIN);
  }
}
