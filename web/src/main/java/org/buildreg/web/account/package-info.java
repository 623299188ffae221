/** Pages of accounts and enterprises: registration, 个人中心, password change, sub-accounts, the admin console. */
package org.buildreg.web.account;
