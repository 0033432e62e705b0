package org.gavel.archfixtures.beta.process;

/** Fixture: a process step, glue no other feature may use. */
public class BetaStep {

}
