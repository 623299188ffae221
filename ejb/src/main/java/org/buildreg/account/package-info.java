/**
 * Enterprises and their accounts (企业 / 主账号 / 子账户): registration against the USCC filing list,
 * sub-accounts with module permissions, password-reset requests, and the administrator's account console.
 */
package org.buildreg.account;
