package org.gavel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that runs after all others ({@link TestClassOrder}), because what it does
 * would disturb the shared application contexts of the classes after it: after it has
 * started and closed an application of its own in this JVM (even with an engine of
 * another name), the engine REST API of the other contexts answers "Process engine
 * default not available".
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
