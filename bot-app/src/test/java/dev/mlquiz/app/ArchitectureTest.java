package dev.mlquiz.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module boundaries that keep game rules platform-neutral. */
class ArchitectureTest {
    static final JavaClasses MLQUIZ = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.mlquiz");

    @Test
    void the_core_and_the_question_bank_know_nothing_of_discord_or_slack() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.mlquiz.core..", "dev.mlquiz.questions..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("net.dv8tion..", "com.slack..")
                .check(MLQUIZ);
    }

    @Test
    void the_core_and_the_question_bank_do_not_reach_into_adapters_or_the_launcher() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.mlquiz.core..", "dev.mlquiz.questions..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.mlquiz.discord..", "dev.mlquiz.slack..", "dev.mlquiz.app..")
                .check(MLQUIZ);
    }

    @Test
    void the_core_knows_no_database() {
        noClasses()
                .that()
                .resideInAPackage("dev.mlquiz.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "java.sql..",
                        "javax.sql..",
                        "com.zaxxer.hikari..",
                        "org.flywaydb..",
                        "org.sqlite..",
                        "dev.mlquiz.store..")
                .check(MLQUIZ);
    }

    @Test
    void only_the_launchers_admin_package_serves_http_endpoints_and_knows_the_metrics_library() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.mlquiz.app.admin..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.micrometer..", "io.prometheus..", "com.sun.net.httpserver..")
                .check(MLQUIZ);
    }

    @Test
    void the_store_knows_no_platform_and_no_launcher() {
        noClasses()
                .that()
                .resideInAPackage("dev.mlquiz.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.mlquiz.discord..",
                        "dev.mlquiz.slack..",
                        "dev.mlquiz.app..",
                        "net.dv8tion..",
                        "com.slack..")
                .check(MLQUIZ);
    }

    @Test
    void the_adapters_use_the_cores_ports_never_the_store() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.mlquiz.discord..", "dev.mlquiz.slack..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.mlquiz.store..", "java.sql..", "javax.sql..")
                .check(MLQUIZ);
    }

    @Test
    void the_pictures_draw_the_cores_views_and_know_no_platform_store_or_launcher() {
        noClasses()
                .that()
                .resideInAPackage("dev.mlquiz.picture..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.mlquiz.discord..",
                        "dev.mlquiz.slack..",
                        "dev.mlquiz.app..",
                        "dev.mlquiz.store..",
                        "net.dv8tion..",
                        "com.slack..")
                .check(MLQUIZ);
    }

    @Test
    void the_question_bank_does_not_depend_on_the_core() {
        noClasses()
                .that()
                .resideInAPackage("dev.mlquiz.questions..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.mlquiz.core..")
                .check(MLQUIZ);
    }

    @Test
    void the_adapters_do_not_know_each_other() {
        noClasses()
                .that()
                .resideInAPackage("dev.mlquiz.discord..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.mlquiz.slack..", "com.slack..")
                .check(MLQUIZ);
        noClasses()
                .that()
                .resideInAPackage("dev.mlquiz.slack..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.mlquiz.discord..", "net.dv8tion..")
                .check(MLQUIZ);
    }

    @Test
    void packages_have_no_cycles() {
        slices().matching("dev.mlquiz.(**)")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(true)
                .check(MLQUIZ);
    }
}
