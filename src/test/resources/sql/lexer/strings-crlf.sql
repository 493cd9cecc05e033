SELECT 'crlf'
  'continued';
