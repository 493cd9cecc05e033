SELECT E'abc\'
