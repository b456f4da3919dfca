package io.ledgerline.platform.security;

/** What the caller is in the project a request is about, as the service's read model or aggregate knows it. */
public enum Membership {
    /** Not a member of that project. */
    NONE,
    /** A member in project role MEMBER. */
    MEMBER,
    /** A member in project role MANAGER. */
    MANAGER
}
