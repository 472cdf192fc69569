package dev.dtu.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class run against the twins: one DTU server for the class (embedded, or the one at {@code DTU_URL} /
 * the {@code dtu.url} configuration parameter), and a fresh universe for every test, forked from a seeded
 * template. Test methods (and {@code @BeforeEach}/{@code @AfterEach}) take a {@link DtuUniverse} parameter for
 * that test's universe, or {@link Dtu} for the server. Pick the seed with {@link DtuSeed}.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(DtuExtension.class)
public @interface DtuTest {
}
