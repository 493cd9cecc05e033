SELECT E'ab\u12';
