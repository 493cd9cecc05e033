SELECT U&'\00zz';
