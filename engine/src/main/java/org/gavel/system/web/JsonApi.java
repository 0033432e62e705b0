package org.gavel.system.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller of Gavel's JSON API under {@code /api}: its bad input is answered with
 * field-level {@code application/problem+json}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
@RequestMapping(produces = "application/json")
public @interface JsonApi {

	@AliasFor(annotation = RequestMapping.class, attribute = "path")
	String[] value() default {};

}
