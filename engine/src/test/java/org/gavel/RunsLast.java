package org.gavel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that runs after all others ({@link TestClassOrder}), because what it does
 * would disturb the shared application contexts of the classes after it: closing an
 * application of its own unregisters the process engine named {@code default}, which the
 * engine REST API of every other context looks up by that name.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RunsLast {

	/**
	 * Why it runs last.
	 * @return the reason
	 */
	String value();

}
