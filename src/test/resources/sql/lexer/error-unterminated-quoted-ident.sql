SELECT "abc
