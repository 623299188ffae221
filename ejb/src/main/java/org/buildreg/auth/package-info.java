/**
 * Authentication and authorization: password hashing (PBKDF2, with the one-time upgrade of old MD5 hashes),
 * login with lockout, the caller's identity and object-level access checks, and the audit log.
 */
package org.buildreg.auth;
