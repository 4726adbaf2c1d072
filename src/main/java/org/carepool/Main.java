package org.carepool; public class Main { public static void main(String[] a){} }
