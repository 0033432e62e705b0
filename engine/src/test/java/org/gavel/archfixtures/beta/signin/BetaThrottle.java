package org.gavel.archfixtures.beta.signin;

/** Fixture: an inner package of a feature, which no other feature may use. */
public class BetaThrottle {

}
