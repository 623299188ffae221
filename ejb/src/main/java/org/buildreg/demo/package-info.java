/**
 * 演示数据: the demo accounts, enterprises, people and certificates of the embedded default. It spans every
 * module, so it lives above them, never in {@code platform}.
 */
package org.buildreg.demo;
