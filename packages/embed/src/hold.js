// hold.js: the snippet's parser-blocking classic script, after reserve.css: the page below it is parsed only once reserve.css applies.
